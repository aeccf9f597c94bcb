import CirCNNModel
import CostModel
import EIEModel
import PermDNNModel
import PermSim

extension Comparison {
    /// Every number the report depends on, with its source: the two technology libraries, the
    /// scaling rule, PermDNN's synthesized gate counts, and each design's clock, node, multipliers
    /// and memory sizes.
    static func constants(lib45: TechnologyLibrary, lib28: TechnologyLibrary, rule: ScalingRule, logicGates: PermDNNLogicGates,
                          permdnn: ArchitectureConfig,
                          eie: EIEConfig, eieIso: EIEConfig, eieIsoInventory: EIEInventory, circnn: CirCNNConfig,
                          seed: UInt64) -> [ConstantRow] {
        var rows: [ConstantRow] = []
        func add(_ group: String, _ name: String, _ value: String, _ source: String) {
            rows.append(ConstantRow(group: group, name: name, value: value, source: source))
        }
        add("run", "seed", "\(seed)", "the project's default seed: the same layers, inputs and weights for every engine")
        for library in [lib45, lib28] {
            for entry in library.entries {
                add("tech-\(library.node)", entry.field, ReportNumber.text(entry.value), entry.source)
            }
        }
        let factors: [(String, TechValue)] = [("clock", rule.clock), ("area", rule.area), ("dynamic-energy", rule.dynamicEnergy),
                                              ("leakage-power", rule.leakagePower), ("dram-energy", rule.dramEnergy)]
        for (key, factor) in factors { add("scaling", "\(rule.name) \(key)", ReportNumber.text(factor.value), factor.source) }
        let synthesis = "rtl-reference/synth/area.sh (\(logicGates.tool), \(logicGates.libertyPackage) liberty, cell area / \(logicGates.nand2Cell) area)"
        let logicRows = Dictionary(uniqueKeysWithValues: CostModel.permDNNLogicBlocks.map { ($0.block, $0.component) })
        for block in logicGates.blocks {
            let row = logicRows[block.key].map { "; x logic.nand2-area-um2 = the logic area of PermDNN's '\($0)' row (docs/cost-model.md section 5.1)" } ?? ""
            add("permdnn-logic-gates", "\(block.key) gates per \(block.per)",
                "\(ReportNumber.text(block.gatesEach)) x \(block.instances)", "\(synthesis) [\(block.module): \(block.description)]\(row)")
        }

        let paper = "PermDNN design point (Deng et al., MICRO 2018; architecture.md section 1.2)"
        add("permdnn", "node", "28nm", paper)
        add("permdnn", "clock-ghz", ReportNumber.text(permdnn.clockGHz), paper)
        add("permdnn", "pes x multipliers", "\(permdnn.pes) x \(permdnn.multipliers)", paper)
        add("permdnn", "weight-sram-kib per PE", "\(permdnn.weightSRAMKiB)", "configs/permdnn-32pe.yaml [ours: the paper gives no SRAM sizes; the capacity its 8.85 mm^2 implies under our library, rounded to 32 KiB (docs/assumptions.md)]")
        add("permdnn", "dram-bytes-per-cycle", "\(permdnn.dramBytesPerCycle)", "configs/permdnn-32pe.yaml [ours]")
        let inventory = PermDNNInventory.default
        let permInventory = "PermDNNInventory.default [ours] (docs/cost-model.md)"
        add("permdnn", "activation-buffer-kib", "\(inventory.activationBufferKiB)", permInventory)
        add("permdnn", "output-buffer-kib", "\(inventory.outputBufferKiB)", permInventory)
        add("permdnn", "accumulator-rows-per-pe", "\(inventory.accumulatorRowsPerPE)", permInventory)
        add("permdnn", "permutation-kib per PE", "\(inventory.permutationKiB)", permInventory)

        let eiePaper = "EIE as published (Han et al., ISCA 2016)"
        let eieInventory = EIEInventory.published
        add("eie", "node", "45nm", eiePaper)
        add("eie", "clock-ghz", ReportNumber.text(eie.clockGHz), eiePaper)
        add("eie", "clock-ghz projected to 28nm", ReportNumber.text(eie.clockGHz * rule.clock.value), "EIE's clock x the scaling rule's clock factor")
        add("eie", "pes (1 multiplier each)", "\(eie.pes)", eiePaper)
        add("eie", "sparse-matrix-kib per PE", "\(eieInventory.sparseMatrixKiB)", eiePaper)
        add("eie", "pointer-kib per PE", "\(eieInventory.pointerKiB) in \(eieInventory.pointerBanks) banks", eiePaper)
        add("eie", "activation-sram-kib per PE", "\(eieInventory.activationSRAMKiB)", eiePaper)
        add("eie", "queue-depth", "\(eie.queueDepth)", eiePaper)
        add("eie", "activation-register-entries", "\(eie.activationRegisterEntries)", eiePaper)

        let iso = "[ours] iso-technology: PermDNN's node, clock and multiplier count"
        add("eie-iso", "node", "28nm", iso)
        add("eie-iso", "clock-ghz", ReportNumber.text(eieIso.clockGHz), iso)
        add("eie-iso", "pes (1 multiplier each)", "\(eieIso.pes)", iso)
        add("eie-iso", "sparse-matrix-kib per PE", "\(eieIsoInventory.sparseMatrixKiB)", "[ours] the published \(eie.pes) x \(eieInventory.sparseMatrixKiB) KiB over \(eieIso.pes) PEs")
        add("eie-iso", "pointer-kib per PE", "\(eieIsoInventory.pointerKiB)", "[ours] the published \(eie.pes) x \(eieInventory.pointerKiB) KiB over \(eieIso.pes) PEs")
        add("eie-iso", "activation-sram-kib per PE", "\(eieIsoInventory.activationSRAMKiB)", eiePaper)

        let circnnSource = "CirCNNConfig.default [ours] (docs/circnn-model.md): PermDNN's budget and clock"
        add("circnn", "published design point", "not sourced", MarkdownReport.circnnAsPublished)
        add("circnn", "node", "28nm", "[ours] PermDNN's node")
        add("circnn", "clock-ghz", ReportNumber.text(circnn.clockGHz), circnnSource)
        add("circnn", "multiplier-budget", "\(circnn.multiplierBudget)", circnnSource)
        add("circnn", "butterfly-units x cmac-lanes", "\(circnn.butterflyUnits) x \(circnn.cmacLanes)", circnnSource)
        add("circnn", "accumulator-bits", "\(circnn.format.accumulatorBits)", circnnSource)
        let memories = CirCNNInventory.default
        let memorySource = "CirCNNInventory.default [ours] (CostModel+CirCNN.swift)"
        add("circnn", "weight-spectrum-kib", "\(memories.weightSpectrumKiB)", memorySource + ": PermDNN's \(permdnn.pes) x \(permdnn.weightSRAMKiB) KiB weight SRAM")
        add("circnn", "activation-sram-kib", "\(memories.activationSRAMKiB)", memorySource)
        add("circnn", "output-sram-kib", "\(memories.outputSRAMKiB)", memorySource)
        add("circnn", "work-buffer-kib", "\(memories.workBufferKiB)", memorySource)
        add("circnn", "input-spectrum-kib", "\(memories.inputSpectrumKiB)", memorySource)
        add("circnn", "row-spectrum-words", "\(memories.rowSpectrumWords)", memorySource)
        add("circnn", "twiddle-entries per butterfly unit", "\(memories.twiddleEntries)", memorySource)
        return rows
    }
}
