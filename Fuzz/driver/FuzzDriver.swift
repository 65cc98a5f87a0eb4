import Foundation

/// libFuzzer's driver, called from a fuzz target's own `main` (SwiftPM links an executable's entry point in
/// place of libFuzzer's `main`). A C function with pointer and integer arguments, so the Swift calling
/// convention reaches it unchanged.
@_silgen_name("LLVMFuzzerRunDriver")
private func libFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer with the process's arguments on `test`, and exits with its status.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(libFuzzerRunDriver(&argc, &argv, test))
}
