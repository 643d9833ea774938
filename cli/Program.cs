// The sriov tool's process entry point.
using System.CommandLine;
using SriovVerification.Cli;
using SriovVerification.Cli.Commands;

var root = new RootCommand("SriovVerification: model checking and conformance testing of the NDIS SR-IOV state model.");
root.Subcommands.Add(GraphCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(DefectsCommand.Create());
root.Subcommands.Add(ExploreCommand.Create());
root.Subcommands.Add(TracesCommand.Create());
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());

return CommandLineRunner.Run(root, args);
