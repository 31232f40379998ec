/** One file of a model download: where it comes from and the name it gets in the model's folder. */
export interface RemoteFile {
  url: string;
  fileName: string;
}
