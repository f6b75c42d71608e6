import { describeError } from "../api/api-error.ts";

/** An error in words, with a way to try again. */
export function ErrorNote({
  error,
  title,
  retry,
}: {
  error: unknown;
  title: string;
  retry?: () => void;
}) {
  return (
    <div className="error-note" role="alert">
      <h2>{title}</h2>
      <p>{describeError(error)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
