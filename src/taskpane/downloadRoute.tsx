import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';
import { useStrings } from './i18n';

/**
 * Whether this pane can save a file it made (a Blob download). Excel for Mac's pane blocks them:
 * there, every download button gives way to another route, said in words.
 */
export interface DownloadRoute {
  readonly blocked: boolean;
  /** The standalone page's address: the same screens in a browser, where downloads work. */
  readonly pageUrl?: string;
}

/**
 * The route for the Excel the pane runs in, from `Office.context.platform` ('Mac': Excel for Mac,
 * whose pane cannot save a Blob; 'PC', 'OfficeOnline', 'iOS'… can, or share it themselves).
 * @example downloadRouteFor('Mac', 'https://dccs.example/taskpane.html') // { blocked: true, pageUrl: 'https://dccs.example/taskpane.html' }
 */
export function downloadRouteFor(platform: string | null | undefined, pageUrl: string): DownloadRoute {
  return { blocked: platform === 'Mac', pageUrl };
}

const DownloadContext = createContext<DownloadRoute>({ blocked: false });

export const DownloadProvider = DownloadContext.Provider;

export function useDownloadRoute(): DownloadRoute {
  return useContext(DownloadContext);
}

/** `children` (the download button) where downloads work; elsewhere what to do instead. */
export function DownloadOr({ children, what }: { readonly children: ReactNode; readonly what: 'word' | 'calendar' }) {
  const route = useDownloadRoute();
  const t = useStrings().downloads;
  if (!route.blocked) return <>{children}</>;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{`${what === 'word' ? t.blockedWord : t.blockedCalendar} ${t.elsewhere(route.pageUrl ?? '')}`}</MessageBarBody>
    </MessageBar>
  );
}
