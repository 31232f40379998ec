import { AppError } from '../../shared/errors';

/** Long enough for a slow DNS and TLS handshake; the downloader itself then retries for minutes. */
const PREFLIGHT_TIMEOUT_MS = 15_000;

/**
 * Asks the server about one file before node-llama-cpp's downloader starts. The downloader retries
 * an unreachable host for about ten minutes and cannot be cancelled while it resolves the file,
 * so an offline computer, a moved file or a login page is reported here at once instead.
 */
export async function checkDownloadUrl(url: string, fileName: string, signal?: AbortSignal): Promise<void> {
  const host = new URL(url).host;
  const timeout = AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    const why = timeout.aborted ? 'it did not answer within 15 seconds' : ((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message);
    throw new AppError('engine_unavailable', `${fileName} could not be downloaded because ${host} cannot be reached (${why}): check the internet connection and try again.`);
  }
  if (res.status === 404 || res.status === 410) {
    throw new AppError('not_found', `${fileName} is no longer at ${host} (HTTP ${res.status}): the model catalog may be out of date; update Listing Studio or add the model by path.`);
  }
  if (res.status === 401 || res.status === 403) {
    throw new AppError('engine_unavailable', `${host} refused to send ${fileName} (HTTP ${res.status}): the model may require accepting its licence on the website first.`);
  }
  // Some servers do not answer HEAD; the downloader's own GET decides then.
  if (!res.ok && res.status !== 405) {
    throw new AppError('engine_unavailable', `${host} answered HTTP ${res.status} for ${fileName}: try again later.`);
  }
  if (res.ok && (res.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) {
    throw new AppError('model_invalid', `${host} sent a web page instead of the model file ${fileName}: the link may need a login or be wrong. Nothing was downloaded.`);
  }
}
