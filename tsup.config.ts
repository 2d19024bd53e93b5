import { defineConfig } from 'tsup';

// Entry points mirror package.json "exports" and "bin"; everything else is bundled
// into them as shared chunks so the published layout stays small.
export default defineConfig({
  entry: {
    'src/index': 'src/index.ts',
    'src/testing/index': 'src/testing/index.ts',
    'src/inspector/index': 'src/inspector/index.ts',
    'src/cluster/index': 'src/cluster/index.ts',
    'src/cli/main': 'src/cli/main.ts',
  },
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  outDir: 'dist',
});
