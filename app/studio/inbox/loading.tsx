import { ConversationsLoading } from '@/components/conversations/conversations-loading';

export default function Loading() {
  return <ConversationsLoading title="Inbox" />;
}
