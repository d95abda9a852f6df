<?php
// Alternative to the plugin: the same two lines in the theme's functions.php.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-TT9YUXzHOqvzdNT8+4aQ97/QdJgrBOg41azoKX2FrDD8LZWo3E6z0hzRsVR2mL4d',
		'crossorigin' => 'anonymous',
	) );
} );
