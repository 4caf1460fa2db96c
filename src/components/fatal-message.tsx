import { MESSAGES } from '../i18n';

/** Shown when the data or the app cannot start: both languages, since the store may not be ready. */
export function FatalMessage({ problems }: { problems: string[] }) {
  return (
    <div className="fatal" role="alert" data-testid="fatal-message">
      {(['en', 'zh'] as const).map((l) => (
        <section key={l} lang={l === 'zh' ? 'zh-Hans' : 'en'}>
          <h1>{MESSAGES[l].app.dataErrorTitle}</h1>
          <p>{MESSAGES[l].app.dataErrorBody}</p>
        </section>
      ))}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
