<?php
// Alternative to the plugin: the same two lines in the theme's functions.php.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-lyRu/ztUS+YGf3oqBO5sMacHIRdouY2Nx6SA6vu1qSchvysHPbEO03Yxo5JIs7W1',
		'crossorigin' => 'anonymous',
	) );
} );
