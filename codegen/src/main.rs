//! The `sidoba` binary: everything is in the library.

fn main() -> std::process::ExitCode {
    sidoba_codegen::cli::main()
}
