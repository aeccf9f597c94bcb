/// A fault of PermSim itself, not of its input: an invariant broken, a cycle model that
/// disagrees with its functional reference, an RTL model that diverges from the Swift model.
///
/// The command line exits with `exitCode` (not 1, which means bad input) and asks for a bug
/// report with what to attach.
public struct SimulatorFault: Error, Equatable, CustomStringConvertible {
    /// What went wrong, in one line.
    public var message: String
    /// What a bug report should carry to reproduce it (the command line, the seed, a layer).
    public var attach: String

    /// The documented exit code of a simulator fault (bad input exits 1).
    public static let exitCode: Int32 = 3

    public init(message: String, attach: String) {
        self.message = message
        self.attach = attach
    }

    public var description: String {
        "internal error (a bug in PermSim, not in your input): \(message); please report it with \(attach)"
    }
}
