/** node_modules/electron, as Node resolves it. */
export function electronPackageDir(fromDir?: string): string;
/** Electron's executable, resolved as the electron package's index.js does, or null when it is not on disk. */
export function electronBinary(packageDir?: string, env?: NodeJS.ProcessEnv): string | null;
