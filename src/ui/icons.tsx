/** Inline SVG icons: no image requests, and they follow the text colour. */
interface IconProps {
  size?: number;
}

export function CloseIcon({ size = 16 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
    </svg>
  );
}

export function MinimizeIcon({ size = 16 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 8h9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
    </svg>
  );
}

export function CheckIcon({ size = 12 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3.2 3L13 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" fill="none" />
    </svg>
  );
}

/** The MyNa Guide mark: a card with a guide arrow. */
export function LogoMark({ size = 18 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="2" y="5" width="20" height="14" rx="3" fill="currentColor" opacity="0.18" />
      <rect x="2" y="5" width="20" height="14" rx="3" fill="none" stroke="currentColor" stroke-width="1.8" />
      <circle cx="8" cy="11" r="2.2" fill="currentColor" />
      <path d="M13 10h6M13 13.5h4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
