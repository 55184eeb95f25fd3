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
  (memory (export "memory") 12 12)
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
  (func $stringEnd (export "stringEnd") (param $at i32) (param $end i32) (result i32)
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
;; A line's walk: `walkLine` goes over one whole JSON line and reports, as events, only the values
;; a scanner reads, given a schema the scanner wrote once into the module's memory at $TABLES:
;;   +0    per slot (64), the role its value opens when that value is an object or array (0: none);
;;         a role is odd for an object, even for an array;
;;   +64   per role (16), the slot of an array's items;
;;   +128  per role, 256 bytes: the number of keys read, then per key 16 bytes: its length (u8),
;;         its slot (u8), two bytes unused, the address of its bytes (u32), its first 8 bytes
;;         (i64, zero beyond its length);
;;   +3328 the keys' bytes.
;; Events, 3 × u32 each from $EVENTS: kind × 256 + slot (or role), then two offsets. Kinds:
;;   1 a string in a slot (its content's start and end), 2 a number in a slot (its start and end),
;;   3 `true` in a slot, 4 an object or array of a role opens, 5 it closes, 6 the rest of the line
;;   is not read ($restSlot's key came at the top level after the values of $needA and $needB).
;; Values in no slot give no event. A value stepped over is followed only for its strings and
;; brackets. The walk answers -1, and reports nothing reliable, for anything it leaves to the
;; scanner's own path: a line that is not one JSON object, a grammar error, a number other than a
;; plain integer of up to 15 digits, a key with a backslash, too many events or roles.
  (global $restSlot (export "restSlot") (mut i32) (i32.const -1))
  (global $needA (export "needA") (mut i32) (i32.const 0))
  (global $needB (export "needB") (mut i32) (i32.const 0))

  (func $isSpace (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x09)))
      (i32.eq (local.get $c) (i32.const 0x0d))))

  ;; The first byte from $i (before $end) that is not a space, or $end.
  (func $skipSpace (param $i i32) (param $end i32) (result i32)
    (block $out
      (loop $byte
        (br_if $out (i32.ge_u (local.get $i) (local.get $end)))
        (br_if $out (i32.eqz (call $isSpace (i32.load8_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.get $i))

  ;; The slot of the key at $k, $len bytes, in $role's table: 0 for none, -1 when it holds a
  ;; backslash (it may be a key read, written with escapes).
  (func $slotOf (param $role i32) (param $k i32) (param $len i32) (result i32)
    (local $base i32) (local $count i32) (local $e i32) (local $entry i32) (local $first i64)
    (local $j i32) (local $other i32)
    (local.set $base (i32.add (i32.const 659584) (i32.shl (local.get $role) (i32.const 8))))
    (local.set $count (i32.load (local.get $base)))
    (local.set $first (i64.load (local.get $k)))
    (if (i32.lt_u (local.get $len) (i32.const 8))
      (then (local.set $first (i64.and (local.get $first)
        (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $len) (i32.const 3)))) (i64.const 1))))))
    (block $none
      (loop $key
        (br_if $none (i32.ge_u (local.get $e) (local.get $count)))
        (local.set $entry (i32.add (i32.add (local.get $base) (i32.const 4)) (i32.shl (local.get $e) (i32.const 4))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br_if $key (i32.ne (i32.load8_u (local.get $entry)) (local.get $len)))
        (br_if $key (i64.ne (i64.load (i32.add (local.get $entry) (i32.const 8))) (local.get $first)))
        (local.set $other (i32.load (i32.add (local.get $entry) (i32.const 4))))
        (local.set $j (i32.const 8))
        (block $same
          (loop $byte
            (br_if $same (i32.ge_u (local.get $j) (local.get $len)))
            (br_if $key (i32.ne (i32.load8_u (i32.add (local.get $k) (local.get $j)))
              (i32.load8_u (i32.add (local.get $other) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $byte)))
        (return (i32.load8_u (i32.add (local.get $entry) (i32.const 1))))))
    (local.set $j (i32.const 0))
    (block $plain
      (loop $byte
        (br_if $plain (i32.ge_u (local.get $j) (local.get $len)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $k) (local.get $j))) (i32.const 0x5c))
          (then (return (i32.const -1))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $byte)))
    (i32.const 0))

  ;; Steps over the inside of an object or array opened before $i, up to its closing bracket,
  ;; counting brackets outside strings; the index after it, or -1 when $end comes first.
  (func $skipNested (param $i i32) (param $end i32) (result i32)
    (local $depth i32) (local $v v128) (local $folded v128) (local $mask i32) (local $c i32)
    (local.set $depth (i32.const 1))
    (loop $sixteen
      (if (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $end))
        (then
          (local.set $v (v128.load (local.get $i)))
          (local.set $folded (v128.or (local.get $v) (i8x16.splat (i32.const 0x20))))
          (local.set $mask (i8x16.bitmask (v128.or (call $eq (local.get $v) (i32.const 0x22))
            (v128.or (call $eq (local.get $folded) (i32.const 0x7b))
                     (call $eq (local.get $folded) (i32.const 0x7d))))))
          (if (i32.eqz (local.get $mask))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 16)))
              (br $sixteen)))
          (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $mask)))))
        (else
          (block $found
            (loop $byte
              (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
              (local.set $c (i32.load8_u (local.get $i)))
              (br_if $found (i32.eq (local.get $c) (i32.const 0x22)))
              (local.set $c (i32.or (local.get $c) (i32.const 0x20)))
              (br_if $found (i32.or (i32.eq (local.get $c) (i32.const 0x7b)) (i32.eq (local.get $c) (i32.const 0x7d))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $byte)))))
      ;; $i is at a quote or a bracket.
      (local.set $c (i32.load8_u (local.get $i)))
      (if (i32.eq (local.get $c) (i32.const 0x22))
        (then
          (local.set $i (call $stringEnd (i32.add (local.get $i) (i32.const 1)) (local.get $end)))
          (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const -1))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $sixteen)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.eq (i32.or (local.get $c) (i32.const 0x20)) (i32.const 0x7b))
        (then
          (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
          (br $sixteen)))
      (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
      (br_if $sixteen (local.get $depth)))
    (local.get $i))

  ;; Walks the line $start..$end (its newline excluded) whose value goes to slot $root; answers
  ;; the number of events written, or -1.
  (func (export "walkLine") (param $start i32) (param $end i32) (param $root i32) (result i32)
    (local $i i32) (local $c i32) (local $n i32) (local $ev i32) (local $slot i32) (local $role i32)
    (local $roles i64) (local $depth i32) (local $close i32) (local $j i32) (local $seen i32)
    (local.set $ev (i32.const 663552))
    (local.set $i (call $skipSpace (local.get $start) (local.get $end)))
    (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
    (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 0x7b)) (then (return (i32.const -1))))
    (local.set $slot (local.get $root))
    (loop $value
      (if (i32.ge_u (local.get $n) (i32.const 10000)) (then (return (i32.const -1))))
      (block $key
        (block $after
          ;; A value, for $slot.
          (local.set $i (call $skipSpace (local.get $i) (local.get $end)))
          (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
          (local.set $c (i32.load8_u (local.get $i)))
          (if (i32.eq (local.get $c) (i32.const 0x22))
            (then
              (local.set $close (call $stringEnd (i32.add (local.get $i) (i32.const 1)) (local.get $end)))
              (if (i32.lt_s (local.get $close) (i32.const 0)) (then (return (i32.const -1))))
              (if (local.get $slot)
                (then
                  (i32.store (local.get $ev) (i32.or (i32.const 0x100) (local.get $slot)))
                  (i32.store offset=4 (local.get $ev) (i32.add (local.get $i) (i32.const 1)))
                  (i32.store offset=8 (local.get $ev) (local.get $close))
                  (local.set $ev (i32.add (local.get $ev) (i32.const 12)))
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))
                  (if (i32.eq (local.get $depth) (i32.const 1))
                    (then
                      (if (i32.eq (local.get $slot) (global.get $needA))
                        (then (local.set $seen (i32.or (local.get $seen) (i32.const 1)))))
                      (if (i32.eq (local.get $slot) (global.get $needB))
                        (then (local.set $seen (i32.or (local.get $seen) (i32.const 2)))))))))
              (local.set $i (i32.add (local.get $close) (i32.const 1)))
              (br $after)))
          (if (i32.eq (i32.or (local.get $c) (i32.const 0x20)) (i32.const 0x7b))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              ;; The role this slot opens, if its parity is this bracket's: { odd, [ even.
              (local.set $role (i32.load8_u (i32.add (i32.const 659456) (local.get $slot))))
              (if (i32.or (i32.eqz (local.get $role))
                    (i32.ne (i32.and (local.get $role) (i32.const 1)) (i32.eq (local.get $c) (i32.const 0x7b))))
                (then
                  (local.set $i (call $skipNested (local.get $i) (local.get $end)))
                  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const -1))))
                  (br $after)))
              (if (i32.ge_u (local.get $depth) (i32.const 15)) (then (return (i32.const -1))))
              (local.set $roles (i64.or (i64.shl (local.get $roles) (i64.const 4)) (i64.extend_i32_u (local.get $role))))
              (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
              (i32.store (local.get $ev) (i32.or (i32.const 0x400) (local.get $role)))
              (local.set $ev (i32.add (local.get $ev) (i32.const 12)))
              (local.set $n (i32.add (local.get $n) (i32.const 1)))
              (local.set $i (call $skipSpace (local.get $i) (local.get $end)))
              (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
              ;; An empty object or array: its end is read as after a value.
              (br_if $after (i32.eq (i32.load8_u (local.get $i))
                (select (i32.const 0x7d) (i32.const 0x5d) (i32.and (local.get $role) (i32.const 1)))))
              (br_if $key (i32.and (local.get $role) (i32.const 1)))
              (local.set $slot (i32.load8_u (i32.add (i32.const 659520) (local.get $role))))
              (br $value)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x2d))
                (i32.lt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 10)))
            (then
              (local.set $j (local.get $i))
              (block $digits
                (loop $digit
                  (br_if $digits (i32.ge_u (local.get $j) (local.get $end)))
                  (br_if $digits (i32.ge_u (i32.sub (i32.load8_u (local.get $j)) (i32.const 0x30)) (i32.const 10)))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br $digit)))
              ;; Only a plain integer: digits alone, no leading zero, at most 15 of them.
              (if (i32.or (i32.eq (local.get $j) (local.get $i))
                    (i32.gt_u (i32.sub (local.get $j) (local.get $i)) (i32.const 15)))
                (then (return (i32.const -1))))
              (if (i32.and (i32.eq (local.get $c) (i32.const 0x30))
                    (i32.gt_u (i32.sub (local.get $j) (local.get $i)) (i32.const 1)))
                (then (return (i32.const -1))))
              (if (i32.lt_u (local.get $j) (local.get $end))
                (then
                  (local.set $c (i32.load8_u (local.get $j)))
                  (if (i32.or
                        (i32.or (i32.eq (local.get $c) (i32.const 0x2e))
                                (i32.eq (i32.or (local.get $c) (i32.const 0x20)) (i32.const 0x65)))
                        (i32.or (i32.eq (local.get $c) (i32.const 0x2b)) (i32.eq (local.get $c) (i32.const 0x2d))))
                    (then (return (i32.const -1))))))
              (if (local.get $slot)
                (then
                  (i32.store (local.get $ev) (i32.or (i32.const 0x200) (local.get $slot)))
                  (i32.store offset=4 (local.get $ev) (local.get $i))
                  (i32.store offset=8 (local.get $ev) (local.get $j))
                  (local.set $ev (i32.add (local.get $ev) (i32.const 12)))
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))))
              (local.set $i (local.get $j))
              (br $after)))
          (if (i32.eq (local.get $c) (i32.const 0x74))
            (then
              (if (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $end)) (then (return (i32.const -1))))
              (if (i32.ne (i32.load (local.get $i)) (i32.const 0x65757274)) (then (return (i32.const -1))))
              (if (local.get $slot)
                (then
                  (i32.store (local.get $ev) (i32.or (i32.const 0x300) (local.get $slot)))
                  (local.set $ev (i32.add (local.get $ev) (i32.const 12)))
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))))
              (local.set $i (i32.add (local.get $i) (i32.const 4)))
              (br $after)))
          (if (i32.eq (local.get $c) (i32.const 0x6e))
            (then
              (if (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $end)) (then (return (i32.const -1))))
              (if (i32.ne (i32.load (local.get $i)) (i32.const 0x6c6c756e)) (then (return (i32.const -1))))
              (local.set $i (i32.add (local.get $i) (i32.const 4)))
              (br $after)))
          (if (i32.eq (local.get $c) (i32.const 0x66))
            (then
              (if (i32.gt_u (i32.add (local.get $i) (i32.const 5)) (local.get $end)) (then (return (i32.const -1))))
              (if (i32.ne (i32.load (local.get $i)) (i32.const 0x736c6166)) (then (return (i32.const -1))))
              (if (i32.ne (i32.load8_u offset=4 (local.get $i)) (i32.const 0x65)) (then (return (i32.const -1))))
              (local.set $i (i32.add (local.get $i) (i32.const 5)))
              (br $after)))
          (return (i32.const -1)))
        ;; After a value: the line's end, a container's end, or a comma and the next member.
        (loop $next
          (if (i32.eqz (local.get $depth))
            (then
              (if (i32.ne (call $skipSpace (local.get $i) (local.get $end)) (local.get $end))
                (then (return (i32.const -1))))
              (return (local.get $n))))
          (local.set $role (i32.wrap_i64 (i64.and (local.get $roles) (i64.const 15))))
          (local.set $i (call $skipSpace (local.get $i) (local.get $end)))
          (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
          (local.set $c (i32.load8_u (local.get $i)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (if (i32.eq (local.get $c) (select (i32.const 0x7d) (i32.const 0x5d) (i32.and (local.get $role) (i32.const 1))))
            (then
              (local.set $roles (i64.shr_u (local.get $roles) (i64.const 4)))
              (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
              (if (i32.ge_u (local.get $n) (i32.const 10000)) (then (return (i32.const -1))))
              (i32.store (local.get $ev) (i32.const 0x500))
              (local.set $ev (i32.add (local.get $ev) (i32.const 12)))
              (local.set $n (i32.add (local.get $n) (i32.const 1)))
              (br $next)))
          (if (i32.ne (local.get $c) (i32.const 0x2c)) (then (return (i32.const -1))))
          (br_if $key (i32.and (local.get $role) (i32.const 1)))
          (local.set $slot (i32.load8_u (i32.add (i32.const 659520) (local.get $role))))
          (br $value)))
      ;; A member's key, in an object of $role: its slot, then the colon.
      (local.set $i (call $skipSpace (local.get $i) (local.get $end)))
      (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
      (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 0x22)) (then (return (i32.const -1))))
      (local.set $close (call $stringEnd (i32.add (local.get $i) (i32.const 1)) (local.get $end)))
      (if (i32.lt_s (local.get $close) (i32.const 0)) (then (return (i32.const -1))))
      (local.set $slot (call $slotOf (local.get $role) (i32.add (local.get $i) (i32.const 1))
        (i32.sub (local.get $close) (i32.add (local.get $i) (i32.const 1)))))
      (if (i32.lt_s (local.get $slot) (i32.const 0)) (then (return (i32.const -1))))
      (if (i32.and (i32.eq (local.get $slot) (global.get $restSlot))
            (i32.and (i32.eq (local.get $depth) (i32.const 1)) (i32.eq (local.get $seen) (i32.const 3))))
        (then
          (i32.store (local.get $ev) (i32.const 0x600))
          (return (i32.add (local.get $n) (i32.const 1)))))
      (local.set $i (call $skipSpace (i32.add (local.get $close) (i32.const 1)) (local.get $end)))
      (if (i32.ge_u (local.get $i) (local.get $end)) (then (return (i32.const -1))))
      (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 0x3a)) (then (return (i32.const -1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $value))
    (unreachable))
)
