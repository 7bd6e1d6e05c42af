/// Finds invalid UTF-8 and replaces each bad byte with U+FFFD.
enum UTF8Repair {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns the repaired bytes and the offsets, in the repaired bytes, of
    /// each replacement character inserted.
    static func repair(_ input: [UInt8]) -> (bytes: [UInt8], invalid: [Int]) {
        guard let firstBad = firstInvalid(input, from: 0) else { return (input, []) }
        var output = Array(input[0..<firstBad])
        output.reserveCapacity(input.count + 16)
        var invalid: [Int] = []
        var index = firstBad
        while index < input.count {
            let length = sequenceLength(input, at: index)
            if length == 0 {
                invalid.append(output.count)
                output.append(contentsOf: replacement)
                index += 1
            } else {
                output.append(contentsOf: input[index..<index + length])
                index += length
            }
        }
        return (output, invalid)
    }

    private static func firstInvalid(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// The length of the valid sequence starting at `index`, or 0 if invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
