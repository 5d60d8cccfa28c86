/// Text from data made safe to place in HTML or SVG: the same escaping as XML (`&`, `<`, `>`, `"`, `'` as references,
/// the characters XML cannot hold left out), so that it always shows as text.
typealias HTMLText = XMLText
