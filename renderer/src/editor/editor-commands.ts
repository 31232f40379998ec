import type { RefObject } from 'react';

/** What the workspace's keyboard shortcuts can ask of the open editor. */
export interface EditorCommands {
  approve(): Promise<boolean>;
  regenerate(): Promise<void>;
  /** False when there was nothing to undo (the key then does its usual thing). */
  undo(): boolean;
  redo(): boolean;
}

export type EditorCommandsRef = RefObject<EditorCommands | null>;

export type RegenerateScope = 'listing' | 'title' | 'description' | 'tags' | 'attributes';

export const REGENERATE_SCOPES: readonly [RegenerateScope, string][] = [
  ['listing', 'Whole listing'],
  ['title', 'Title only'],
  ['description', 'Description only'],
  ['tags', 'Tags only'],
  ['attributes', 'Attributes only'],
];
