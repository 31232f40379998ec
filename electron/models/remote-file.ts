/** One file to download, as the catalog describes it. */
export interface RemoteFile {
  url: string;
  fileName: string;
  /** The catalog's size; compared with the file unless it is a rounded figure. */
  sizeBytes?: number;
  sizeIsApproximate?: boolean;
  /** The published SHA-256; null or absent where none was published (then only the size is checked). */
  sha256?: string | null;
}
