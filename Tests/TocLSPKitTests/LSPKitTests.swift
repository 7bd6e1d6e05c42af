import Foundation
import Testing
@testable import TocLSPKit

/// The protocol kit on its own: framing, JSON values, positions.
@Suite struct FramingTests {
    /// Reads from chunks as a pipe delivers them (split anywhere).
    func reader(_ chunks: [[UInt8]]) -> MessageReader {
        var rest = chunks
        return MessageReader(limit: 1000) { rest.isEmpty ? nil : rest.removeFirst() }
    }

    @Test func messagesSplitAnywhereAreReadWhole() throws {
        let one = framed(Array(#"{"a":1}"#.utf8)), two = framed(Array(#"{"b":"æø"}"#.utf8))
        let all = one + two
        for cut in 1..<all.count {
            var messages = reader([Array(all[..<cut]), Array(all[cut...])])
            #expect(try messages.next() == Array(#"{"a":1}"#.utf8), "cut at \(cut)")
            #expect(try messages.next() == Array(#"{"b":"æø"}"#.utf8), "cut at \(cut)")
            #expect(try messages.next() == nil)
        }
    }

    @Test func otherHeadersAreSkippedAndBadOnesSaid() throws {
        var messages = reader([Array("Content-Type: application/vscode-jsonrpc\r\nContent-Length: 2\r\n\r\n{}".utf8)])
        #expect(try messages.next() == Array("{}".utf8))
        var bad = reader([Array("Content-Length: x\r\n\r\n".utf8)])
        #expect(throws: MessageReader.Failure.self) { try bad.next() }
        var none = reader([Array("X: 1\r\n\r\n".utf8)])
        #expect(throws: MessageReader.Failure.badHeader("no Content-Length")) { try none.next() }
        var huge = reader([Array("Content-Length: 5000\r\n\r\n".utf8)])
        #expect(throws: MessageReader.Failure.tooLarge(5000)) { try huge.next() }
    }

    @Test func aTruncatedMessageEndsTheInput() throws {
        var messages = reader([Array("Content-Length: 10\r\n\r\n{\"a\"".utf8)])
        #expect(try messages.next() == nil)
    }
}

@Suite struct JSONValueTests {
    @Test func valuesRoundTrip() throws {
        let text = #"{"id":3,"list":[true,null,1.5,"x"],"nested":{"s":"æøå 😀"}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value["id"]?.int == 3)
        #expect(value["nested"]?["s"]?.string == "æøå 😀")
        #expect(value["list"]?.array == [.bool(true), .null, .number(1.5), .string("x")])
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        #expect(again == value)
        #expect(String(decoding: try JSONEncoder().encode(JSONValue.number(3)), as: UTF8.self) == "3")
    }
}

@Suite struct TextLinesTests {
    let text = "aktivitet a: Café 😀 i kælderen\r\n  -> b\rmål b: Mål\n"

    @Test func columnsInCharactersBecomeUTF16OrUTF8Units() {
        let sixteen = TextLines(text, encoding: .utf16), eight = TextLines(text, encoding: .utf8)
        #expect(sixteen.lines.count == 4)
        // Column 22 is "i": after "Café " (é is 1 character, 2 UTF-8 bytes) and 😀 (2 UTF-16 units, 4 bytes).
        #expect(sixteen.position(line: 1, column: 22) == Position(line: 0, character: 22))
        #expect(eight.position(line: 1, column: 22) == Position(line: 0, character: 25))
        #expect(sixteen.column(of: Position(line: 0, character: 22)) == (1, 22))
        #expect(eight.column(of: Position(line: 0, character: 25)) == (1, 22))
        #expect(sixteen.position(line: 3, column: 1) == Position(line: 2, character: 0))
    }

    @Test func aWordSpansTheIdAtAColumn() {
        let lines = TextLines(text, encoding: .utf16)
        #expect(lines.word(line: 2, column: 6) == LSPRange(start: Position(line: 1, character: 5), end: Position(line: 1, character: 6)))
        #expect(lines.word(line: 1, column: 1) == LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 9)))
    }
}

@Suite struct SerializedTests {
    @Test func theDirectWriterAgreesWithJSONDecoder() throws {
        let value = JSONValue.object([
            "b": .array([.number(1), .number(2.5), .null, .bool(false)]),
            "a": .string("æ \"q\" \\ \n\t\u{1}😀"), "c": .object([:]),
        ])
        let text = String(decoding: value.serialized, as: UTF8.self)
        #expect(text.hasPrefix(#"{"a":"æ \"q\" \\ \n\t\u0001😀","b":[1,2.5,null,false],"c":{}}"#))
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(value.serialized)) == value)
    }
}
