/// The version `phaen --version` prints and saved sessions record.
public let phaenVersion = "0.1.0"
