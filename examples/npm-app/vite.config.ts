import { defineConfig } from 'vite';

// Nothing Factbox-specific: the packages' exports maps and sideEffects do the work.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
