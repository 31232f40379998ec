import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { installedModelSchema, type InstalledModel } from '../../shared/domain/local-model';
import { AppError } from '../../shared/errors';

const fileSchema = z.object({ version: z.literal(1), models: z.array(installedModelSchema) });

/** <library>/models: downloads go to <library>/models/<entry id>/, the list to models.json. */
export function modelsDir(libraryDir: string): string {
  return path.join(libraryDir, 'models');
}

export function installedModelsFile(libraryDir: string): string {
  return path.join(modelsDir(libraryDir), 'models.json');
}

export function readInstalledModels(libraryDir: string): InstalledModel[] {
  const file = installedModelsFile(libraryDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  let parsed;
  try {
    parsed = fileSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    throw new AppError('corrupt_file', `${file} is damaged, so the list of installed models cannot be read: delete it and add the models again (the model files themselves are untouched).`);
  }
  return parsed.data.models;
}

/** Adds or replaces (same id) a model; written to a temporary file and renamed so a crash never leaves half a list. */
export function saveInstalledModel(libraryDir: string, model: InstalledModel): InstalledModel[] {
  const models = [...readInstalledModels(libraryDir).filter((m) => m.id !== model.id), model];
  const file = installedModelsFile(libraryDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ version: 1, models }, null, 2)}\n`);
  fs.renameSync(temp, file);
  return models;
}
