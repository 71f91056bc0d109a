import { nextFrame } from '@open-wc/testing';

/** Resolves a frame after `el` intersects the viewport, once every observer of it has been told. */
export async function seen(el: Element): Promise<void> {
  await new Promise<void>((resolve) => {
    const io = new IntersectionObserver((entries) => {
      if (!entries[entries.length - 1]!.isIntersecting) return;
      io.disconnect();
      resolve();
    });
    io.observe(el);
  });
  await nextFrame();
}
