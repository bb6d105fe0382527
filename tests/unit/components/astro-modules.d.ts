/**
 * What a test sees of an .astro component it imports: Astro's Vite plugins compile it (tests/vitest.components.config.ts),
 * and the Container API renders it; tsc, which cannot read .astro files, needs only that it is a component.
 */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
