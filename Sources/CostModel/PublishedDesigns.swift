/// One row of a published per-component table.
public struct PublishedComponent: Sendable, Equatable, Codable {
    public var name: String
    public var powerMW: Double
    public var areaUM2: Double
}

/// The published numbers the cost model is calibrated on (EIE) and validated against (PermDNN).
public enum PublishedDesigns {
    /// EIE's per-PE power and area at 45 nm, 800 MHz, by module [paper: EIE, Han et al., ISCA 2016,
    /// implementation table; spec §2]. Names are `CostModel.EIEComponent`'s.
    public static let eiePerPE: [PublishedComponent] = [
        PublishedComponent(name: CostModel.EIEComponent.queue, powerMW: 0.112, areaUM2: 758),
        PublishedComponent(name: CostModel.EIEComponent.pointerRead, powerMW: 1.807, areaUM2: 121_849),
        PublishedComponent(name: CostModel.EIEComponent.sparseMatrixRead, powerMW: 4.955, areaUM2: 469_412),
        PublishedComponent(name: CostModel.EIEComponent.arithmetic, powerMW: 1.162, areaUM2: 3_110),
        PublishedComponent(name: CostModel.EIEComponent.activationReadWrite, powerMW: 1.122, areaUM2: 18_934),
    ]
    /// EIE's filler cells per PE, um^2 [paper, spec §2].
    public static let eieFillerPerPEUM2 = 23_961.0
    /// EIE's per-PE total area [paper, spec §2]: 638,024 um^2.
    public static let eieTotalPerPEUM2 = 638_024.0
    /// EIE's 64-PE totals [paper, spec §2]: 40.8 mm^2, "about 0.59 W".
    public static let eieChipAreaMM2 = 40.8
    public static let eieChipPowerMW = 590.0

    /// PermDNN's design point: 32 PEs x 8 multipliers, 1.2 GHz, 28 nm [paper: PermDNN, Deng et
    /// al., MICRO 2018; spec §1.2]: 8.85 mm^2, 703.4 mW.
    public static let permDNNAreaMM2 = 8.85
    public static let permDNNPowerMW = 703.4
}
