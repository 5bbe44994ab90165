import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="empty card page-narrow">
      <h1>Not found</h1>
      <p>That page or post does not exist, or it is no longer for sale.</p>
      <Link className="button" href="/">
        Back to the feed
      </Link>
    </div>
  );
}
