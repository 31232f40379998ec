/**
 * The browser host's stand-in for Electron's file paths: each dropped or picked File is sent to
 * the host (POST /upload/<batch>/<name>), which writes it to disk and answers with its path, so
 * the import sees the same files the person chose. Files that fail to upload are reported by name.
 */
export async function stageFilesOnHost(origin: string, token: string, files: readonly File[], fetchFn: typeof fetch = fetch): Promise<{ paths: string[]; failed: string[] }> {
  const batch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const paths: string[] = [];
  const failed: string[] = [];
  for (const file of files) {
    try {
      const response = await fetchFn(`${origin}/upload/${batch}/${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = (await response.json()) as { path?: string };
      if (response.ok && body.path) paths.push(body.path);
      else failed.push(file.name);
    } catch {
      failed.push(file.name);
    }
  }
  return { paths, failed };
}
