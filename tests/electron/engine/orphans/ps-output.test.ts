import { describe, expect, it } from 'vitest';
import { parsePsLine, parseWindowsProcessJson } from '../../../../electron/engine/orphans/ps-output';

describe('parsePsLine (macOS ps -o stat=,lstart=,comm=)', () => {
  it('splits state, the five-word start time and a command path with spaces', () => {
    expect(parsePsLine('Ss   Tue Nov  4 09:05:07 2026     /Applications/Listing Studio.app/Contents/Resources/bin/llama-server\n')).toEqual({
      state: 'Ss',
      startTime: 'Tue Nov 4 09:05:07 2026',
      command: '/Applications/Listing Studio.app/Contents/Resources/bin/llama-server',
    });
  });

  it('rejects a line without a full start time', () => {
    expect(parsePsLine('')).toBeUndefined();
    expect(parsePsLine('S /bin/sleep')).toBeUndefined();
  });
});

describe('parseWindowsProcessJson', () => {
  it('reads the executable path and the creation time', () => {
    expect(parseWindowsProcessJson('{"ExecutablePath":"C:\\\\Program Files\\\\Listing Studio\\\\resources\\\\bin\\\\llama-server.exe","Created":"134082715271234567"}')).toEqual({
      executable: 'C:\\Program Files\\Listing Studio\\resources\\bin\\llama-server.exe',
      startTime: '134082715271234567',
    });
  });

  it('says no process for empty output, and leaves out a path Windows would not give', () => {
    expect(parseWindowsProcessJson('  \r\n')).toBeUndefined();
    expect(parseWindowsProcessJson('{"ExecutablePath":null,"Created":5}')).toEqual({ executable: undefined, startTime: '5' });
  });
});
