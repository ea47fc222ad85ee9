// A scripted JShell session, run by the build (JShellSessionIT) after startup.jsh, so the launcher keeps working:
//   jshell -R-Xmx2g --class-path CP examples/startup.jsh examples/session.jsh
System.out.println("PEOPLE " + x.people().size());
show(x.people());
table(x);
var y = extract("Jane Smith, the mayor of Paris, said on Monday that 300 people attended.");
show(y.people());
show(y.places());
System.out.println(y);
/exit
