export interface ToolPresence {
  git: boolean;
  cmake: boolean;
  cxx: boolean;
}

/** Plain sentences naming each missing build tool and how to get it, empty when all are there. */
export function describeMissingTools(tools: ToolPresence, platform: NodeJS.Platform): string[] {
  const hints: Record<keyof ToolPresence, { name: string; linux: string; darwin: string; win32: string }> = {
    git: { name: 'git', linux: 'apt-get install git', darwin: 'xcode-select --install', win32: 'winget install Git.Git' },
    cmake: { name: 'cmake (3.14 or newer)', linux: 'apt-get install cmake', darwin: 'brew install cmake', win32: 'winget install Kitware.CMake' },
    cxx: {
      name: 'a C++17 compiler (g++ or clang++)',
      linux: 'apt-get install g++',
      darwin: 'xcode-select --install',
      win32: 'install Visual Studio Build Tools with the C++ workload',
    },
  };
  const os = platform === 'darwin' ? 'darwin' : platform === 'win32' ? 'win32' : 'linux';
  return (Object.keys(hints) as (keyof ToolPresence)[])
    .filter((k) => !tools[k])
    .map((k) => `${hints[k].name} is missing: ${hints[k][os]}`);
}
