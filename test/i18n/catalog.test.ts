// The translations are complete and the code uses them: every locale has every key with the same
// arguments, no key is unused or missing, and no component or refusal carries English typed in.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS } from '@/lib/i18n/areas';
import { LANGUAGES } from '@/lib/i18n/locales';
import { PENDING_TRANSLATION } from './pending';
import { ROOT, flattenKeys, hardCodedText, keysUsedIn, messageArguments, sourceFiles, untranslatedErrors, type Finding } from './scan';

function areaKeys(language: string, area: string): Map<string, string> {
  const messages = JSON.parse(readFileSync(path.join(ROOT, 'messages', language, `${area}.json`), 'utf8'));
  return flattenKeys(messages, area);
}

const english = new Map(MESSAGE_AREAS.flatMap((area) => [...areaKeys('en', area)]));
const knownKeys = new Set(english.keys());

describe('message files', () => {
  it('every area has a file in every language, and every file belongs to an area', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(path.join(ROOT, 'messages', language)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
      expect(files, `messages/${language}`).toEqual([...MESSAGE_AREAS].sort());
    }
  });

  it('the typed keys (lib/i18n/app-config.d.ts) cover every area', () => {
    const declaration = readFileSync(path.join(ROOT, 'lib/i18n/app-config.d.ts'), 'utf8');
    for (const area of MESSAGE_AREAS) expect(declaration, area).toContain(`messages/en/${area}.json`);
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has exactly the English keys, none empty, with the same arguments`, () => {
      for (const area of MESSAGE_AREAS) {
        const translated = areaKeys(language, area);
        const englishArea = areaKeys('en', area);
        expect([...translated.keys()].sort(), `${language}/${area}.json keys`).toEqual([...englishArea.keys()].sort());
        for (const [key, text] of translated) {
          expect(text.trim(), `${language}: ${key} is empty`).not.toBe('');
          expect(messageArguments(text), `${language}: ${key} arguments`).toEqual(messageArguments(englishArea.get(key)!));
        }
      }
    });
  }
});

describe('the code and the messages agree', () => {
  const code = sourceFiles(['app', 'components', 'lib'], ['.ts', '.tsx']).map((file) => ({ file, source: readFileSync(path.join(ROOT, file), 'utf8') }));
  const uses = code.map(({ source }) => keysUsedIn(source, knownKeys));
  const used = new Set(uses.flatMap((use) => [...use.exact]));
  const usedPrefixes = uses.flatMap((use) => [...use.prefixes]);

  it('every key the code names exists in English', () => {
    const unknown = [...used].filter((key) => MESSAGE_AREAS.some((area) => key.startsWith(`${area}.`)) && !knownKeys.has(key));
    expect(unknown).toEqual([]);
  });

  it('no key goes unused', () => {
    const unused = [...knownKeys].filter((key) => !used.has(key) && !usedPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});

describe('no hard-coded words a person reads', () => {
  const components = sourceFiles(['app', 'components'], ['.tsx']);
  const refusals = sourceFiles(['lib', 'app'], ['.ts']);
  const findings: Finding[] = [
    ...components.flatMap((file) => hardCodedText(file, readFileSync(path.join(ROOT, file), 'utf8'))),
    ...refusals.flatMap((file) => untranslatedErrors(file, readFileSync(path.join(ROOT, file), 'utf8'), knownKeys)),
  ];
  const pending = new Set<string>(PENDING_TRANSLATION);

  it('outside the files still being translated, every word comes from the messages', () => {
    const typedIn = findings.filter((finding) => !pending.has(finding.file)).map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(typedIn).toEqual([]);
  });

  it('the list of files still being translated is honest (a translated file leaves it)', () => {
    const withFindings = new Set(findings.map((finding) => finding.file));
    expect(PENDING_TRANSLATION.filter((file) => !withFindings.has(file))).toEqual([]);
  });
});
