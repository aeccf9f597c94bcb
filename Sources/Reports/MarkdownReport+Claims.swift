/// The "Published claims" section of the Markdown report: each claim of the PermDNN paper's
/// abstract beside our ratios under each assumption that decides it, a verdict and its reason in
/// numbers, and the sensitivity chart.
extension MarkdownReport {
    /// What the report says about CirCNN's design point (it could not be sourced).
    static let circnnAsPublished = "CirCNN's own design point (Ding et al., MICRO 2017: node, clock, parallelism, throughput and power) could not be sourced: the copies of the paper we could check give its abstract (\"6-102X energy efficiency improvements\") and no ASIC figures. The CirCNN rows therefore compare with CirCNN at PermDNN's budget [ours] (28 nm, 1.2 GHz, 256 multipliers), the design of both views above; the paper's 11.51x and 3.89x are against CirCNN's own design, so ours and theirs are not the same comparison."

    func claimsSection() -> [String] {
        let rows = report.claims
        guard !rows.isEmpty else { return [] }
        var out: [String] = []
        out.append("## Published claims")
        out.append("")
        let claimsText = PublishedClaim.all.map(\.text).joined(separator: "; ")
        out.append("\(PublishedClaim.source) claims, on the EIE benchmarks: \(claimsText). Each claim below is set beside our per-layer ratios (smallest-largest) and their geometric mean over this comparison's layers, under the default assumptions (**bold**) and under each alternative of the three assumptions that decide it:")
        out.append("")
        let enough = ClaimsCheck.formats.compactMap { format in
            rows.first { $0.weightFormat == format.rawValue && $0.sram == "enough" }.map { "\(format.rawValue) \($0.weightSRAMKiB) KiB" }
        }
        let area = rows.first { $0.sram == "area-implied" }?.weightSRAMKiB ?? 0
        out.append("- PermDNN's weight format (`pe.weight-format`): `fixed16` (default), `fixed8`, `codebook4`;")
        out.append("- its weight SRAM per PE (`pe.weight-sram-kib`): \(area) KiB, the capacity the published 8.85 mm^2 implies under our library (`docs/assumptions.md`), or enough to hold every layer here on chip (the smallest multiple of 32 KiB: \(enough.joined(separator: ", ")));")
        out.append("- EIE as built (45 nm, 800 MHz) or projected to 28 nm the way EIE projected itself.")
        out.append("")
        out.append("Only PermDNN changes between rows (each run built, checked against its functional reference and priced as above); EIE and CirCNN keep the runs of the as-published view. The verdict is where our geometric mean falls: inside the claimed range, or below or above it by the factor shown (our mean over the nearer end). \"Why\" gives the numbers that decide it: the layers whose weights do not fit in PermDNN's SRAM and stream from DRAM, the cycles that streaming adds over the same layers on chip, and DRAM's share of PermDNN's energy. The section shows; it does not pick.")
        out.append("")
        out.append("**CirCNN as published.** " + Self.circnnAsPublished)
        out.append("")
        for claim in PublishedClaim.all {
            let claimRows = rows.filter { $0.claim == claim.id }
            guard !claimRows.isEmpty else { continue }
            out.append("### \(claim.text) (claimed \(claim.rangeText))")
            out.append("")
            out.append("| baseline | weight format | SRAM per PE | our per-layer range | geometric mean | layers inside | verdict | why |")
            out.append("|---|---|---|---:|---:|---:|---|---|")
            for row in claimRows {
                let bold = { (text: String) in row.isDefault ? "**\(text)**" : text }
                let verdict = row.verdict == "inside" ? "inside" : (row.verdict == "n/a" ? "n/a" : "\(row.verdict): \(ReportNumber.ratio(row.factor)) of \(PublishedClaim.written(row.verdict == "below" ? row.claimedLow : row.claimedHigh))x")
                out.append("| \(row.baseline) | \(bold(row.weightFormat)) | \(bold("\(row.weightSRAMKiB) KiB (\(row.sram))")) | \(ReportNumber.ratio(row.minimum))-\(ReportNumber.ratio(row.maximum)) | \(bold(ReportNumber.ratio(row.geometricMean))) | \(row.layersInside) of \(row.layers) | \(bold(verdict)) | \(Self.why(row)) |")
            }
            out.append("")
            let inside = claimRows.filter { $0.verdict == "inside" }
            out.append(inside.isEmpty
                ? "No combination of these assumptions puts our geometric mean inside the claimed range."
                : "Inside the claimed range under: " + inside.map { "\($0.weightFormat), \($0.weightSRAMKiB) KiB, vs \($0.baseline)" }.joined(separator: "; ") + ".")
            out.append("")
            out.append("![\(claim.text) against weight SRAM per PE](\(ReportFiles.claimChartPath(claim)))")
            out.append("")
        }
        out.append("The charts' points are in `\(ReportFiles.sensitivityCSV)`, the rows above in `\(ReportFiles.claimsCSV)`.")
        out.append("")
        return out
    }

    /// The reason column: what streams, what it costs in cycles, DRAM's share of the energy.
    static func why(_ row: ClaimRow) -> String {
        guard !row.streamingLayers.isEmpty else { return "every layer on chip; DRAM \(ReportNumber.percent(row.dramEnergyShare)) of PermDNN's energy" }
        let layers = row.streamingLayers.split(separator: " ")
        return "\(layers.joined(separator: ", ")) stream\(layers.count == 1 ? "s" : ""): +\(ReportNumber.integer(row.streamingCycles)) cycles over on chip; DRAM \(ReportNumber.percent(row.dramEnergyShare)) of PermDNN's energy"
    }
}
