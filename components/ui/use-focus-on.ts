"use client";

import { useEffect, useRef } from "react";

/** A ref to an element (an error summary) that takes the focus each time `shown` becomes something to show. */
export function useFocusOn<E extends HTMLElement>(shown: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
