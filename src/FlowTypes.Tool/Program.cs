using System.Threading.Tasks;

namespace FlowTypes.Tool;

/// <summary>The <c>flowtypes</c> entry point.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => ToolApp.RunAsync(args, ToolEnvironment.Console);
}
