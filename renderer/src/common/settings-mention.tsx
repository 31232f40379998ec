/** Whether a message sends the owner to Settings ("…enter one in Settings."). */
export function namesSettings(text: string): boolean {
  return /\bSettings\b/.test(text);
}

/** A message, and when it names Settings, the button that opens it, so the advice can be followed. */
export function MessageWithSettings({ text, onOpenSettings }: { text: string; onOpenSettings?: () => void }) {
  return (
    <>
      {text}
      {onOpenSettings && namesSettings(text) && (
        <button type="button" className="notice-action" onClick={onOpenSettings}>
          Open Settings
        </button>
      )}
    </>
  );
}
