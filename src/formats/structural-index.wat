;; The structural index of a window of JSON bytes, 64 bytes at a time with SIMD (the idea of
;; simdjson's first stage). For the $len bytes at $from it writes, in order, the offset of every byte
;; where a token starts: each quote that opens or closes a string, each of {}[]:, outside strings,
;; and the first byte of every other run of non-whitespace outside strings (a number, a literal,
;; or a stray byte). Whitespace and the inside of strings give no entry.
;;
;; The window may end anywhere; what the next window of the same text needs is kept in `state`
;; (set before the call, read after it): bit 0, the window ended inside a string; bit 1, its
;; next byte is escaped by a backslash; bit 2, it ended inside a run of other bytes.
(module
  ;; Bytes at 0 (WINDOW of them, and 64 more that are read but not used), entries (u32) at
  ;; ENTRIES, at most one a byte: the layout `structural-index.ts` declares. Entries are offsets
  ;; from $from.
  (memory (export "memory") 11 11)
  (global $state (export "state") (mut i32) (i32.const 0))

  (func $eq (param $v v128) (param $byte i32) (result v128)
    (i8x16.eq (local.get $v) (i8x16.splat (local.get $byte))))

  ;; 16 bits from a comparison's 16 lanes, placed at bit $k of a 64-bit mask.
  (func $bits (param $lanes v128) (param $k i32) (result i64)
    (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $lanes))) (i64.extend_i32_u (local.get $k))))

  ;; One bit a byte for 64 bytes from $at: quotes, backslashes, structural bytes, whitespace.
  (func $classify (param $at i32) (result i64 i64 i64 i64)
    (local $k i32) (local $v v128) (local $folded v128)
    (local $q i64) (local $b i64) (local $s i64) (local $w i64)
    (loop $sixteen
      (local.set $v (v128.load (i32.add (local.get $at) (local.get $k))))
      ;; [ and ] are { and } without bit 5.
      (local.set $folded (v128.or (local.get $v) (i8x16.splat (i32.const 0x20))))
      (local.set $q (i64.or (local.get $q)
        (call $bits (call $eq (local.get $v) (i32.const 0x22)) (local.get $k))))
      (local.set $b (i64.or (local.get $b)
        (call $bits (call $eq (local.get $v) (i32.const 0x5c)) (local.get $k))))
      (local.set $s (i64.or (local.get $s)
        (call $bits
          (v128.or
            (v128.or (call $eq (local.get $folded) (i32.const 0x7b))
                     (call $eq (local.get $folded) (i32.const 0x7d)))
            (v128.or (call $eq (local.get $v) (i32.const 0x3a))
                     (call $eq (local.get $v) (i32.const 0x2c))))
          (local.get $k))))
      (local.set $w (i64.or (local.get $w)
        (call $bits
          (v128.or
            (v128.or (call $eq (local.get $v) (i32.const 0x20))
                     (call $eq (local.get $v) (i32.const 0x0a)))
            (v128.or (call $eq (local.get $v) (i32.const 0x0d))
                     (call $eq (local.get $v) (i32.const 0x09))))
          (local.get $k))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br_if $sixteen (i32.lt_u (local.get $k) (i32.const 64))))
    (local.get $q) (local.get $b) (local.get $s) (local.get $w))

  ;; Indexes the $len bytes at $from, writing entries from $entries; returns how many.
  (func (export "index") (param $from i32) (param $len i32) (param $entries i32) (result i32)
    (local $at i32) (local $n i32) (local $out i32) (local $valid i64)
    (local $quote i64) (local $backslash i64) (local $structural i64) (local $space i64)
    (local $escaped i64) (local $p i64) (local $next i64) (local $inside i64) (local $other i64)
    (local $starts i64) (local $found i64)
    (local $inString i64) (local $escapeNext i32) (local $otherBefore i64)
    (local.set $inString (i64.extend_i32_u (i32.and (global.get $state) (i32.const 1))))
    (local.set $escapeNext (i32.and (i32.shr_u (global.get $state) (i32.const 1)) (i32.const 1)))
    (local.set $otherBefore (i64.extend_i32_u (i32.and (i32.shr_u (global.get $state) (i32.const 2)) (i32.const 1))))
    (local.set $out (local.get $entries))
    (block $done
      (loop $block
        (br_if $done (i32.ge_u (local.get $at) (local.get $len)))
        (local.set $n (i32.sub (local.get $len) (local.get $at)))
        (if (i32.ge_u (local.get $n) (i32.const 64))
          (then
            (local.set $n (i32.const 64))
            (local.set $valid (i64.const -1)))
          (else
            (local.set $valid (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $n))) (i64.const 1)))))
        (call $classify (i32.add (local.get $from) (local.get $at)))
        (local.set $space (i64.and (local.get $valid)))
        (local.set $structural (i64.and (local.get $valid)))
        (local.set $backslash (i64.and (local.get $valid)))
        (local.set $quote (i64.and (local.get $valid)))
        ;; Escaped bytes: the byte after each backslash that is not itself escaped.
        (local.set $escaped (i64.const 0))
        (if (local.get $escapeNext)
          (then
            (local.set $escaped (i64.const 1))
            (local.set $backslash (i64.and (local.get $backslash) (i64.const -2)))))
        (local.set $escapeNext (i32.const 0))
        (block $noMore
          (loop $escape
            (br_if $noMore (i64.eqz (local.get $backslash)))
            (local.set $p (i64.ctz (local.get $backslash)))
            (if (i64.eq (i64.add (local.get $p) (i64.const 1)) (i64.extend_i32_u (local.get $n)))
              (then
                (local.set $escapeNext (i32.const 1))
                (local.set $next (i64.const 0)))
              (else
                (local.set $next (i64.shl (i64.const 1) (i64.add (local.get $p) (i64.const 1))))))
            (local.set $escaped (i64.or (local.get $escaped) (local.get $next)))
            (local.set $backslash (i64.and (local.get $backslash)
              (i64.xor (i64.or (local.get $next) (i64.shl (i64.const 1) (local.get $p))) (i64.const -1))))
            (br $escape)))
        (local.set $quote (i64.and (local.get $quote) (i64.xor (local.get $escaped) (i64.const -1))))
        ;; Inside strings: from an opening quote up to its closing one, by a prefix XOR.
        (local.set $inside (local.get $quote))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 1))))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 2))))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 4))))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 8))))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 16))))
        (local.set $inside (i64.xor (local.get $inside) (i64.shl (local.get $inside) (i64.const 32))))
        (local.set $inside (i64.xor (local.get $inside) (i64.sub (i64.const 0) (local.get $inString))))
        ;; No quote lies past the window's end, so the last bit holds for the byte at $n - 1.
        (local.set $inString (i64.shr_u (local.get $inside) (i64.const 63)))
        (local.set $other (i64.and (local.get $valid) (i64.xor (i64.or (i64.or (local.get $space) (local.get $structural))
          (i64.or (local.get $quote) (local.get $inside))) (i64.const -1))))
        (local.set $starts (i64.and (local.get $other) (i64.xor
          (i64.or (i64.shl (local.get $other) (i64.const 1)) (local.get $otherBefore)) (i64.const -1))))
        (local.set $otherBefore (i64.and (i64.shr_u (local.get $other)
          (i64.extend_i32_u (i32.sub (local.get $n) (i32.const 1)))) (i64.const 1)))
        (local.set $found (i64.or (i64.or (local.get $quote) (local.get $starts))
          (i64.and (local.get $structural) (i64.xor (local.get $inside) (i64.const -1)))))
        (block $emitted
          (loop $emit
            (br_if $emitted (i64.eqz (local.get $found)))
            (i32.store (local.get $out)
              (i32.add (local.get $at) (i32.wrap_i64 (i64.ctz (local.get $found)))))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (local.set $found (i64.and (local.get $found) (i64.sub (local.get $found) (i64.const 1))))
            (br $emit)))
        (local.set $at (i32.add (local.get $at) (i32.const 64)))
        (br $block)))
    (global.set $state (i32.or (i32.wrap_i64 (local.get $inString))
      (i32.or (i32.shl (local.get $escapeNext) (i32.const 1))
              (i32.shl (i32.wrap_i64 (local.get $otherBefore)) (i32.const 2)))))
    (i32.shr_u (i32.sub (local.get $out) (local.get $entries)) (i32.const 2)))

  ;; The offset of the quote that closes a string, searching the bytes from $at (not escaped) up
  ;; to $end, or -1 when none is there. 16 bytes at a time: a block with no quote and no backslash
  ;; is passed at once, and a backslash takes the byte after it along.
  (func (export "stringEnd") (param $at i32) (param $end i32) (result i32)
    (local $v v128) (local $mask i32) (local $p i32) (local $c i32)
    (block $tail
      (loop $sixteen
        (br_if $tail (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
        (local.set $v (v128.load (local.get $at)))
        (local.set $mask (i8x16.bitmask (v128.or
          (call $eq (local.get $v) (i32.const 0x22))
          (call $eq (local.get $v) (i32.const 0x5c)))))
        (if (i32.eqz (local.get $mask))
          (then
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (br $sixteen)))
        (local.set $p (i32.add (local.get $at) (i32.ctz (local.get $mask))))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x22))
          (then (return (local.get $p))))
        (local.set $at (i32.add (local.get $p) (i32.const 2)))
        (br $sixteen)))
    (block $none
      (loop $byte
        (br_if $none (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $at)))
        (if (i32.eq (local.get $c) (i32.const 0x22))
          (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at)
          (select (i32.const 2) (i32.const 1) (i32.eq (local.get $c) (i32.const 0x5c)))))
        (br $byte)))
    (i32.const -1))
)
