import { useState } from 'react';
import type { Lang } from './i18n';
import type { OfflineController } from './offline';
import { OfflineNote } from './OfflineNote';
import { StandaloneApp, type StandaloneAppProps } from './StandaloneApp';

/**
 * The standalone page: the app, and under it where its offline copy stands (offline.ts), in the
 * language the user picked in the app.
 */
export function StandalonePage({ offline, ...props }: StandaloneAppProps & { readonly offline: OfflineController | null }) {
  const [lang, setLang] = useState(props.initialLang);
  const onLangChange = (next: Lang) => {
    setLang(next);
    props.onLangChange?.(next);
  };
  return (
    <>
      <StandaloneApp {...props} onLangChange={onLangChange} />
      {offline && <OfflineNote controller={offline} lang={lang} />}
    </>
  );
}
