import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from './i18n';

export interface ErrorBarProps {
  readonly title?: string;
  readonly message: string;
}

/** A failure shown where the user is looking, with its message (never only the console). */
export function ErrorBar({ title, message }: ErrorBarProps) {
  const t = useStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
