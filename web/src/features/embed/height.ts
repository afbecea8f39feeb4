// The optional height message (docs/embedding.md): a host page that listens can size its iframe to the list. It says
// nothing but the height in CSS pixels — `{ type: 'medborgardialog:height', height: 412 }` — to whichever page framed
// this one ('*': a number is no secret, and the host's origin is not known to the frame). Without a listener nothing
// happens, and the list scrolls inside its frame.
export const heightMessageType = 'medborgardialog:height';

export function reportHeight(target: Window = window.parent, root: HTMLElement = document.body) {
  if (target === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: heightMessageType, height }, '*');
  };
  send();
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(send).observe(root);
}
