/// Something that proposes how to finish the word under the cursor, for Tab in the line editor.
public protocol Completer: AnyObject {
    /// The candidates for the word that ends at `cursor` (a character offset into `line`).
    func complete(line: String, cursor: Int) -> Completion
}
