import { MESSAGES } from '../i18n';

/**
 * Shown when the data or the app cannot start: both languages, since the store may not be ready.
 * `data`: geo/ failed validation; `app`: an error no region caught (regions catch their own).
 */
export function FatalMessage({
  problems,
  kind = 'data',
  onReset,
}: {
  problems: string[];
  kind?: 'data' | 'app';
  /** For an app error: start again with the plain atlas (offered in both languages). */
  onReset?: () => void;
}) {
  return (
    <div className="fatal" role="alert" data-testid="fatal-message">
      {(['en', 'zh'] as const).map((l) => (
        <section key={l} lang={l === 'zh' ? 'zh-Hans' : 'en'}>
          <h1>{kind === 'data' ? MESSAGES[l].app.dataErrorTitle : MESSAGES[l].app.appErrorTitle}</h1>
          <p>{kind === 'data' ? MESSAGES[l].app.dataErrorBody : MESSAGES[l].app.appErrorBody}</p>
        </section>
      ))}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {kind === 'app' && onReset && (
        <button type="button" className="button" onClick={onReset} data-testid="fatal-reset">
          {MESSAGES.en.app.appErrorReset} · <span lang="zh-Hans">{MESSAGES.zh.app.appErrorReset}</span>
        </button>
      )}
    </div>
  );
}
