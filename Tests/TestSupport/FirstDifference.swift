/// The path of the first stored field where `a` and `b` differ (`tiles[2].cycles: 10 vs 11`),
/// walking both values' stored properties and array elements in declaration order.
public func firstDifference(_ a: Any, _ b: Any, path: String = "") -> String? {
    let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
    if ma.displayStyle == .collection {
        let ea = Array(ma.children), eb = Array(mb.children)
        if ea.count != eb.count { return "\(path).count: \(ea.count) vs \(eb.count)" }
        for index in ea.indices {
            if let found = firstDifference(ea[index].value, eb[index].value, path: "\(path)[\(index)]") { return found }
        }
        return nil
    }
    if ma.children.isEmpty || ma.displayStyle == .optional || ma.displayStyle == .enum {
        let (da, db) = (String(describing: a), String(describing: b))
        return da == db ? nil : "\(path): \(da) vs \(db)"
    }
    for (ca, cb) in zip(ma.children, mb.children) {
        let name = ca.label ?? "?"
        if let found = firstDifference(ca.value, cb.value, path: path.isEmpty ? name : "\(path).\(name)") { return found }
    }
    return nil
}
