/** The package version; the build checks it against package.json. */
export const version = '1.0.0';
