import RapportCore

/// One exchange with a plugin program: start it, say hello, ask one thing, read the answer, let it end.
///
/// Every way this can go wrong becomes a `RapportError` that names the plugin.
struct PluginConversation {
    /// The protocol version this rapport speaks.
    static let protocolVersion: Int64 = 1

    /// The plugin to talk to.
    let manifest: PluginManifest
    /// How long the whole exchange may take, in seconds.
    let timeLimit: Int

    /// Sends `request` after the hello exchange and returns the answer of the expected type, once the plugin ended well.
    func ask(_ request: JSONValue, expecting answerType: String) throws -> JSONValue {
        let process: PluginProcess
        do {
            process = try PluginProcess(executable: manifest.executable, timeLimit: timeLimit)
        } catch {
            throw failure(error)
        }
        defer { process.stop() }
        do {
            process.send(JSONWriter.string(.object([("type", .string("hello")), ("protocol", .integer(Self.protocolVersion)),
                                                    ("rapport", .string(RapportInfo.version))])))
            let hello = try answer(from: process)
            guard hello["type"]?.stringValue == "hello" else { throw RapportError(Words.pluginExpected(manifest.name, "hello")) }
            guard case .integer(let version)? = hello["protocol"] else {
                throw RapportError(Words.pluginExpected(manifest.name, "hello"))
            }
            guard version == Self.protocolVersion else {
                throw RapportError(Words.pluginWrongProtocol(manifest.name, found: version, supported: Self.protocolVersion))
            }
            process.send(JSONWriter.string(request))
            let reply = try answer(from: process)
            if reply["type"]?.stringValue == "error" {
                let text = reply["message"]?.stringValue ?? "?"
                throw RapportError(Words.pluginReportedError(manifest.name, text))
            }
            guard reply["type"]?.stringValue == answerType else {
                throw RapportError(Words.pluginExpected(manifest.name, answerType))
            }
            try process.finish()
            return reply
        } catch let error as PluginFailure {
            throw failure(error)
        }
    }

    /// The next line the plugin wrote, parsed as a JSON object.
    private func answer(from process: PluginProcess) throws -> JSONValue {
        let line = try process.nextLine()
        let value: JSONValue?
        do {
            value = try JSONValueReader.value(of: line)
        } catch where error.problem == Words.jsonTooDeep {
            throw RapportError(Words.pluginTooDeep(manifest.name, deepest: JSONScanner.maximumDepth))
        } catch {
            value = nil
        }
        guard let value, case .object = value else {
            throw RapportError(Words.pluginGarbage(manifest.name, excerpt: String(line.prefix(60))))
        }
        return value
    }

    /// The user-facing error for a failure of the process.
    private func failure(_ failure: PluginFailure) -> RapportError {
        switch failure {
        case .couldNotStart(let reason): return RapportError(Words.pluginCouldNotStart(manifest.name, reason))
        case .timedOut(let seconds): return RapportError(Words.pluginTimedOut(manifest.name, seconds: seconds))
        case .interrupted: return .interrupted
        case .tooMuchOutput(let limit): return RapportError(Words.pluginTooMuchOutput(manifest.name, megabytes: limit / 1_048_576))
        case .ended(let status, let signal): return RapportError(Words.pluginEnded(manifest.name, status: status, bySignal: signal))
        }
    }
}
