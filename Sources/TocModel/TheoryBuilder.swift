import TocSyntax

extension Theory {
    /// Builds the graph from a parsed file and the files it includes:
    /// resolves ids, collects edges from `->` lines and chains, and records
    /// undeclared and duplicate ids (also across files). The title and period
    /// are the file's own; included files add areas, nodes and edges.
    public init(_ file: TheoryFile, including included: [TheoryFile] = []) {
        var builder = Builder(path: file.path)
        let all = [file] + included
        for part in all { builder.addAreas(part.areas) }
        for part in all { builder.addNodes(part.nodes) }
        for part in all { builder.addEdges(of: part) }
        self.init(
            path: file.path,
            title: file.title?.value,
            period: file.period.map { $0.start...$0.end },
            areas: builder.areas,
            nodes: builder.nodes,
            edges: builder.edges,
            unresolved: builder.unresolved,
            duplicates: builder.duplicates,
            nodeIndex: builder.nodeIndex,
            language: file.keywordLanguage)
        context = PlanContext(file.context)
        pendingEdges = builder.pendingEdges
    }
}

private struct Builder {
    let path: String
    var areas: [Area] = []
    var areaIndex: [String: Int] = [:]
    var nodes: [Node] = []
    var nodeIndex: [String: Int] = [:]
    /// For each declaration in the file, the node it became (duplicates merge into the first).
    var declarationTarget: [Int] = []
    var edges: [Edge] = []
    var unresolved: [UnresolvedReference] = []
    var duplicates: [DuplicateDeclaration] = []
    var pendingEdges: [PendingEdge] = []
    /// Where the declarations of the next file given to `addEdges` start.
    var edgeFileStart = 0
    /// How many chain steps of several sources and targets have been read.
    var steps = 0

    init(path: String) {
        self.path = path
    }

    mutating func addAreas(_ declarations: [AreaDecl]) {
        for declaration in declarations {
            let id = declaration.id.name
            if let first = areaIndex[id] {
                duplicates.append(DuplicateDeclaration(
                    id: id, first: areas[first].location, second: declaration.id.range.start, isArea: true))
                continue
            }
            areaIndex[id] = areas.count
            var area = Area(
                id: id, label: declaration.label.value, location: declaration.id.range.start,
                context: PlanContext(declaration.context))
            area.declaredStandard = declaration.standard.map { Area.DeclaredStandard(text: $0.value, location: $0.range.start) }
            areas.append(area)
        }
    }

    mutating func addNodes(_ declarations: [NodeDecl]) {
        nodes.reserveCapacity(declarations.count)
        nodeIndex.reserveCapacity(declarations.count)
        // By index: copying each declaration out of the array costs a retain
        // of every string and array in it.
        for position in declarations.indices {
            let id = declarations[position].id.name
            if let first = nodeIndex[id] {
                duplicates.append(DuplicateDeclaration(
                    id: id, first: nodes[first].location, second: declarations[position].id.range.start, isArea: false,
                    label: declarations[position].label.value, kind: declarations[position].kind))
                declarationTarget.append(first)
                continue
            }
            var area: String?
            if let reference = declarations[position].area {
                if areaIndex[reference.name] != nil {
                    area = reference.name
                } else {
                    unresolved.append(UnresolvedReference(
                        name: reference.name, kind: .area, location: reference.range.start))
                }
            }
            nodeIndex[id] = nodes.count
            declarationTarget.append(nodes.count)
            nodes.append(Node(
                kind: declarations[position].kind, id: id, label: declarations[position].label.value, area: area,
                owner: declarations[position].owner?.value,
                indicators: declarations[position].indicators.map(Builder.indicator),
                assumptions: declarations[position].assumptions.map(\.value),
                location: declarations[position].id.range.start, idRange: declarations[position].id.range))
            if !declarations[position].context.isEmpty || declarations[position].horizon != nil {
                nodes[nodes.count - 1].context = PlanContext(declarations[position].context)
                nodes[nodes.count - 1].horizon = declarations[position].horizon
            }
        }
    }

    mutating func addEdges(of file: TheoryFile) {
        let first = edgeFileStart
        edgeFileStart += file.nodes.count
        for (declarationIndex, declaration) in file.nodes.enumerated() {
            let from = declarationTarget[first + declarationIndex]
            for clause in declaration.edges {
                let assumptions = clause.assumptions.map(\.value)
                for target in clause.targets {
                    guard let to = resolve(target) else {
                        pendingEdges.append(PendingEdge(from: nodes[from].id, to: target.name))
                        continue
                    }
                    edges.append(Edge(
                        from: from, to: to, assumptions: assumptions,
                        range: target.range, origin: .nodeLine))
                }
            }
        }
        for chain in file.chains {
            let assumptions = chain.assumptions.map(\.value)
            let resolved = chain.steps.map { step in step.map { ($0, resolve($0)) } }
            for (sources, targets) in zip(resolved, resolved.dropFirst()) {
                let step: Int? = sources.count > 1 && targets.count > 1 ? steps : nil
                if step != nil { steps += 1 }
                for (source, from) in sources {
                    for (target, to) in targets {
                        guard let from, let to else {
                            pendingEdges.append(PendingEdge(from: source.name, to: target.name))
                            continue
                        }
                        edges.append(Edge(
                            from: from, to: to, assumptions: assumptions,
                            range: target.range, origin: .chain, step: step))
                    }
                }
            }
        }
    }

    /// Resolves a node reference, recording it when nobody declares it.
    private mutating func resolve(_ reference: Identifier) -> Int? {
        if let index = nodeIndex[reference.name] { return index }
        unresolved.append(UnresolvedReference(name: reference.name, kind: .node, location: reference.range.start))
        return nil
    }

    private static func indicator(_ declaration: IndicatorDecl) -> Indicator {
        Indicator(
            id: declaration.id?.name, label: declaration.label.value,
            baseline: declaration.baseline?.value, target: declaration.target?.value,
            source: declaration.source?.value, location: declaration.keywordRange.start)
    }
}
