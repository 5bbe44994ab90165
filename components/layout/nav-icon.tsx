// Line icons for the phone's tab bar (decorative: every tab also has its word).
const PATHS = {
  explore: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm3.5 5.5-2 5-5 2 2-5 5-2Z',
  following: 'M16 20v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 18.5V20M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm8-3v6m3-3h-6',
  inbox: 'M4 5h16v11H9l-5 4V5Z',
  orders: 'M6 7h12l-1 13H7L6 7Zm3 0V6a3 3 0 0 1 6 0v1',
  studio: 'M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4',
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
