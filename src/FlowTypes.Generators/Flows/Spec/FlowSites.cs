using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Text;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>
/// Where a flow's parts are in its file, for the diagnostics about the whole flow set (FT9002, FT9003):
/// the file's first byte, and the first <c>complete</c> payload of each submission (same order as <see cref="FlowModel.Submissions"/>).
/// </summary>
internal sealed record FlowSites(FileLocation File, ImmutableEquatableArray<FileLocation> Submissions);
