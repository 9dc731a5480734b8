import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface ErrorBarProps {
  readonly title?: string;
  readonly message: string;
}

/** A failure shown where the user is looking, with its message (never only the console). */
export function ErrorBar({ title = 'Không thực hiện được', message }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
