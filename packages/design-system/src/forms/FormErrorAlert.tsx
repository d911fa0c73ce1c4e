import { Alert } from 'antd';

/** The error of a whole form (CONFLICT, FORBIDDEN...), above its buttons. */
export function FormErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon role="alert" title={message} style={{ marginBottom: 16 }} />;
}
