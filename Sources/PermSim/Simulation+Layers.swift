import Workloads

extension Simulation {
    /// The layer a source describes, generated or imported exactly as `run` would build it (the
    /// same overrides, seed, checks and memory limit): for tools that drive engines themselves,
    /// such as the RTL co-simulation.
    public func layer(for source: LayerSource) throws -> Layer {
        try materialize(source)
    }
}
